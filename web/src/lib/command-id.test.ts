import { renderHook } from '@testing-library/react';
import { ApiError, NetworkError } from '@/lib/api/problem';
import { newCommandId, useCommandId } from './command-id';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('useCommandId', () => {
  it('keeps the id when the same submission is retried after a network error', () => {
    const { result } = renderHook(() => useCommandId());
    const first = result.current.commandIdFor({ code: 'A' });
    result.current.settle(new NetworkError(new TypeError('offline')));
    expect(result.current.commandIdFor({ code: 'A' })).toBe(first);
  });

  it('uses a fresh id after the server answered, or when the submission changed', () => {
    const { result } = renderHook(() => useCommandId());
    const first = result.current.commandIdFor({ code: 'A' });
    result.current.settle(new ApiError(400, { title: 'Invalid' }));
    const second = result.current.commandIdFor({ code: 'A' });
    expect(second).not.toBe(first);
    result.current.settle(new NetworkError(new TypeError('offline')));
    expect(result.current.commandIdFor({ code: 'B' })).not.toBe(second);
    result.current.settle(undefined);
    expect(result.current.commandIdFor({ code: 'B' })).toMatch(UUID);
  });

  it('makes version 4 UUIDs even where crypto.randomUUID is missing (plain HTTP)', () => {
    const descriptor = Object.getOwnPropertyDescriptor(crypto, 'randomUUID');
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      expect(newCommandId()).toMatch(UUID);
    } finally {
      if (descriptor) Object.defineProperty(crypto, 'randomUUID', descriptor);
      else Reflect.deleteProperty(crypto, 'randomUUID');
    }
  });
});
