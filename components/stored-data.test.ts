import { describe, expect, it } from 'vitest';
import { readStoredData, settledRead, unsettledRead } from './stored-data';

describe('unsettledRead', () => {
  it('gives the same data without letting a first render use it at once', async () => {
    const read = readStoredData();
    await read;
    expect(settledRead(read)).toBeDefined();
    const again = unsettledRead(read);
    expect(settledRead(again)).toBeUndefined();
    expect(await again).toEqual(await read);
  });
});
