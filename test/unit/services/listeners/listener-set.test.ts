import { describe, expect, it  } from 'vitest';
import { createListenerSet } from '../../../../electron/services/listeners';

describe('listener set', () => {
  it('tells each listener in the order added, until it is removed', () => {
    const heard: string[] = [];
    const listeners = createListenerSet<number>();
    const stopA = listeners.add((n) => heard.push(`a${n}`));
    listeners.add((n) => heard.push(`b${n}`));
    listeners.emit(1);
    stopA();
    listeners.emit(2);
    expect(heard).toEqual(['a1', 'b1', 'b2']);
  });

  it('a listener that removes itself while being told does not stop the others hearing that change', () => {
    const heard: string[] = [];
    const listeners = createListenerSet();
    const stop = listeners.add(() => {
      heard.push('once');
      stop();
    });
    listeners.add(() => heard.push('always'));
    listeners.emit();
    listeners.emit();
    expect(heard).toEqual(['once', 'always', 'always']);
  });
});
