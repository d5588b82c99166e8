/**
 * D-Bus match rules: the text the bus daemon filters on (AddMatch), and the same test applied to each
 * signal read, because one connection hears every rule's signals together.
 */
import type { Message } from 'dbus-native';

/** Which signals to hear. `sender` narrows the match rule on the bus; dispatch here is by the rest. */
export interface SignalMatch {
  interface: string;
  member: string;
  sender?: string;
  path?: string;
  /** The first argument must equal this (NameOwnerChanged's name). */
  arg0?: string;
}

/** The bus's match-rule text for `match` (values are quoted; a quote inside one is a programming error). */
export function matchRule(match: SignalMatch): string {
  const parts: [string, string | undefined][] = [
    ['type', 'signal'],
    ['sender', match.sender],
    ['path', match.path],
    ['interface', match.interface],
    ['member', match.member],
    ['arg0', match.arg0],
  ];
  return parts
    .filter((part): part is [string, string] => part[1] !== undefined)
    .map(([key, value]) => {
      if (value.includes("'")) throw new Error(`A D-Bus match value cannot contain a quote: ${value}`);
      return `${key}='${value}'`;
    })
    .join(',');
}

/** Whether `message` is a signal `match` asks for (the bus has already applied `sender`). */
export function matches(match: SignalMatch, message: Message): boolean {
  return (
    message.interface === match.interface &&
    message.member === match.member &&
    (match.path === undefined || message.path === match.path) &&
    (match.arg0 === undefined || message.body?.[0] === match.arg0)
  );
}
