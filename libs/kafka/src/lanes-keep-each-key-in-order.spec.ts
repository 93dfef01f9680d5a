import { splitIntoLanes } from './key-lanes';

interface Message {
  key: string;
  seq: number;
}

describe('splitIntoLanes', () => {
  const messages: Message[] = [];
  for (let seq = 1; seq <= 20; seq++)
    for (const key of ['A', 'B', 'C', 'D', 'E', 'F']) messages.push({ key, seq });

  it('puts every message of a key in one lane, in its original order', () => {
    const lanes = splitIntoLanes(messages, (m) => m.key, 4);
    for (const key of ['A', 'B', 'C', 'D', 'E', 'F']) {
      const holding = lanes.filter((lane) => lane.some((m) => m.key === key));
      expect(holding).toHaveLength(1);
      expect(holding[0]?.filter((m) => m.key === key).map((m) => m.seq)).toEqual(
        Array.from({ length: 20 }, (_, i) => i + 1),
      );
    }
    expect(lanes.flat()).toHaveLength(messages.length);
  });

  it('assigns a key to the same lane every time, so a redelivery lands where the original did', () => {
    const first = splitIntoLanes(messages, (m) => m.key, 4).map((lane) => [
      ...new Set(lane.map((m) => m.key)),
    ]);
    const again = splitIntoLanes(messages, (m) => m.key, 4).map((lane) => [
      ...new Set(lane.map((m) => m.key)),
    ]);
    expect(again).toEqual(first);
  });

  it('drops empty lanes and treats a lane count below one as one', () => {
    expect(splitIntoLanes(messages, (m) => m.key, 0)).toHaveLength(1);
    expect(splitIntoLanes([], (m: Message) => m.key, 8)).toEqual([]);
  });
});
