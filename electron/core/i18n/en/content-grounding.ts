/** Grounding exercises: outward, sensory, one step at a time, fine to stop whenever. */
export const contentGrounding = {
  'content.ground.soles.title': 'Feet on the floor',
  'content.ground.soles.step-1': 'Put both feet flat on the floor, shoes on or off.',
  'content.ground.soles.step-2': 'Bring your attention to your soles: heel, arch, ball, toes.',
  'content.ground.soles.step-3': 'Press down gently, then ease off, and notice the difference.',
  'content.ground.soles.step-4':
    'Rock slightly forward and back, or side to side, and feel the pressure move.',
  'content.ground.soles.step-5': 'If your mind drifts, come back to your feet. Coming back is the practice.',
  'content.ground.soles.step-6': 'Before you finish, notice the floor holding you up.',
  'content.ground.soles.swap-1': 'Standing works too: let your weight settle on both feet.',

  'content.ground.54321.title': 'Five-sense countdown',
  'content.ground.54321.step-1': 'Find five things you can see: colours, edges, light.',
  'content.ground.54321.step-2': 'Find four things you can feel: the chair, your sleeve, the desk, the air.',
  'content.ground.54321.step-3': 'Find three sounds, near and far.',
  'content.ground.54321.step-4': 'Find two smells, or think of two smells you like.',
  'content.ground.54321.step-5': 'Find one taste, or take a sip of something.',
  'content.ground.54321.swap-1': 'Any sense can be skipped or swapped for another.',

  'content.ground.hands-seat.title': 'Hands and seat',
  'content.ground.hands-seat.step-1':
    'Rest both palms on the desk or your thighs. Notice the temperature and texture.',
  'content.ground.hands-seat.step-2': 'Notice where the chair takes your weight.',
  'content.ground.hands-seat.step-3':
    'If you like, rest a hand somewhere comforting: chest, upper arm or cheek.',
  'content.ground.hands-seat.step-4': 'Look up and find one thing in a colour you like.',
  'content.ground.hands-seat.step-5': 'Let one out-breath be a little longer than the one before.',
  'content.ground.hands-seat.swap-1':
    'The hand step is optional. Resting your hands where they are is just as good.',
} as const;
