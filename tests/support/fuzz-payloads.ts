/**
 * fast-check payloads for fuzzing IPC requests: what a compromised page could send through
 * ipcRenderer.invoke. Everything is structured-clonable (Electron serialises IPC arguments with the
 * structured clone algorithm, so functions and symbols never reach main). Payloads are built cheaply:
 * huge strings by repeat, deep nesting by a loop, prototype-pollution keys as real own keys (JSON.parse,
 * Object.defineProperty), never by letting fast-check generate megabytes character by character.
 */
import fc from 'fast-check';
import { z } from 'zod';

/** Keys that pollute prototypes when code copies objects naively, or break code that calls methods on input. */
export const pollutionKeys = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf', '__defineGetter__'] as const;

/** Defines `key` as an own, enumerable data property (so `__proto__` does not set the prototype). */
export function withOwnKey(target: object, key: string, value: unknown): object {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return target;
}

/** Classic pollution payloads, parsed from JSON so the dangerous keys are own keys. */
const pollutionJson = [
  '{"__proto__": {"polluted": "yes", "isAdmin": true}}',
  '{"constructor": {"prototype": {"polluted": "yes"}}}',
  '{"prototype": {"polluted": "yes"}}',
  '{"__proto__": {"__proto__": {"polluted": "yes"}}}',
  '[{"__proto__": {"polluted": "yes"}}]',
  '{"a": {"__proto__": {"polluted": "yes"}}, "constructor": {"name": "Object"}}',
  '{"hasOwnProperty": "not a function", "toString": 1, "valueOf": null}',
];

const oddNumbers = fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, 1e308, 5e-324, 2 ** 53 + 1, -(2 ** 31), 4294967296);
const oddStrings = fc.constantFrom('', ' ', '\u0000', '\uD800', '../../etc/passwd', 'file:///etc/passwd', 'javascript:alert(1)', '%00', '${}', '__proto__', 'constructor');

/** A long string of one repeated character (a few hundred characters to 200,000: far past every limit, cheap to clone). */
export const hugeString: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 300, max: 200_000 }), fc.constantFrom('x', 'é', '\u0000', '🙂', ' ', '<'))
  .map(([length, char]) => char.repeat(Math.ceil(length / char.length)));

/** Nesting up to a thousand levels deep, as objects or arrays (deeper does not survive structured clone). */
export const deepValue: fc.Arbitrary<unknown> = fc
  .tuple(fc.integer({ min: 20, max: 1_000 }), fc.boolean(), fc.constantFrom<unknown>(null, 'x', 1, undefined))
  .map(([depth, arrays, leaf]) => {
    let value: unknown = leaf;
    for (let i = 0; i < depth; i++) value = arrays ? [value] : { a: value };
    // fast-check prints counterexamples recursively; a short description keeps its report readable
    // (symbol keys are not structured-cloned, so main never sees it).
    const description = `<${depth} levels of ${arrays ? 'arrays' : 'objects'} around ${String(leaf)}>`;
    return Object.defineProperty(value as object, fc.toStringMethod, { value: () => description });
  });

/** Big or sparse arrays. */
const bigArray: fc.Arbitrary<unknown> = fc.tuple(fc.integer({ min: 100, max: 50_000 }), fc.boolean()).map(([length, sparse]) => {
  if (!sparse) return new Array<number>(length).fill(0);
  const array: unknown[] = [];
  array.length = length;
  array[length - 1] = 'end';
  return array;
});

/** Small values of every wrong type. */
export const hostileLeaf: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(undefined, null, true, false),
  oddNumbers,
  fc.double(),
  fc.integer(),
  fc.bigInt(),
  oddStrings,
  fc.string({ maxLength: 30 }),
  fc.date({ noInvalidDate: false }),
);

/** Anything structured clone carries: objects, arrays, Maps, Sets, Dates, typed arrays, boxed values, null prototypes. */
const clonable: fc.Arbitrary<unknown> = fc.anything({
  maxDepth: 2,
  maxKeys: 4,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});

/** A pollution payload parsed from JSON. */
export const pollutionPayload: fc.Arbitrary<unknown> = fc.constantFrom(...pollutionJson).map((text) => JSON.parse(text) as unknown);

/** Any hostile value, with no knowledge of the channel. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: hostileLeaf, weight: 4 },
  { arbitrary: clonable, weight: 3 },
  { arbitrary: hugeString, weight: 1 },
  { arbitrary: deepValue, weight: 1 },
  { arbitrary: bigArray, weight: 1 },
  { arbitrary: pollutionPayload, weight: 1 },
);

/**
 * Values close to what `schema` accepts (right keys, right enum members, mixed with hostile values and
 * extra or pollution keys), read from the zod schema itself so new channels are covered as they come.
 * Object fields may be missing, of the wrong type, or right. `fields` gives a record schema's keys and
 * the values that make sense for them (e.g. settings fields for settings:update).
 */
export function nearValid(schema: z.ZodType, fields?: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<unknown> {
  const mixed = (right: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> => fc.oneof({ arbitrary: right, weight: 3 }, { arbitrary: hostileValue, weight: 1 });
  if (schema instanceof z.ZodUndefined) return fc.constant(undefined);
  if (schema instanceof z.ZodEnum) return fc.constantFrom(...(schema.options as unknown[]));
  if (schema instanceof z.ZodLiteral) return fc.constantFrom(...(schema.values as Set<unknown>));
  if (schema instanceof z.ZodBoolean) return fc.boolean();
  if (schema instanceof z.ZodNumber) return fc.oneof(fc.integer({ min: -10, max: 300 }), oddNumbers);
  if (schema instanceof z.ZodString) return fc.oneof(fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,20}$/), fc.string({ maxLength: 30 }), oddStrings, hugeString);
  if (schema instanceof z.ZodNullable || schema instanceof z.ZodOptional) {
    return fc.oneof(fc.constantFrom(null, undefined), nearValid(schema.unwrap() as z.ZodType));
  }
  if (schema instanceof z.ZodObject) {
    const shape = schema.shape as Record<string, z.ZodType>;
    const record = fc.record(Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, mixed(nearValid(field))])), { requiredKeys: [] });
    return withExtraKeys(record);
  }
  if (schema instanceof z.ZodRecord) {
    const known = fields ?? fc.dictionary(fc.string({ maxLength: 10 }), hostileValue, { maxKeys: 4 });
    const patch = fc.tuple(known, fc.dictionary(fc.string({ maxLength: 10 }), hostileLeaf, { maxKeys: 2 })).map(([good, odd]) => ({ ...odd, ...good }));
    return withExtraKeys(fc.oneof({ arbitrary: known, weight: 3 }, { arbitrary: patch, weight: 1 }));
  }
  return hostileValue;
}

/** Sometimes adds a long key, a pollution key as an own key, or an unknown key. */
function withExtraKeys(objects: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<unknown> {
  const extra = fc.oneof(
    fc.constantFrom(...pollutionKeys),
    fc.string({ maxLength: 12 }),
    fc.integer({ min: 65, max: 5_000 }).map((n) => 'k'.repeat(n)),
  );
  return fc
    .tuple(objects, fc.option(fc.tuple(extra, fc.oneof(pollutionPayload, hostileLeaf)), { freq: 2 }))
    .map(([object, added]) => (added ? withOwnKey({ ...object }, added[0], added[1]) : object));
}

/** Payloads for a request schema: mostly near-valid, the rest anything at all. */
export function requestPayloads(schema: z.ZodType, fields?: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: nearValid(schema, fields), weight: 3 }, { arbitrary: hostileValue, weight: 2 });
}

/** What main receives for `payload` over IPC (a structured clone, as Electron sends it). */
export function overTheWire(payload: unknown): unknown {
  return structuredClone(payload);
}

/** Own property names of the built-in prototypes, to compare before and after a fuzz run. */
export function prototypeFingerprint(): string {
  const prototypes: [string, object][] = [
    ['Object', Object.prototype],
    ['Array', Array.prototype],
    ['Function', Function.prototype],
    ['String', String.prototype],
  ];
  return prototypes.map(([name, proto]) => `${name}:${Reflect.ownKeys(proto).map(String).sort().join(',')}`).join('\n');
}

/** A request `schema` accepts, found among near-valid payloads (seeded, so the same every run). */
export function validExample(schema: z.ZodType): unknown {
  const [example] = fc.sample(
    nearValid(schema).filter((payload) => schema.safeParse(payload).success),
    { numRuns: 1, seed: 1 },
  );
  return example;
}
