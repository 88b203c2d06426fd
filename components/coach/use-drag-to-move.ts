import { useRef } from 'preact/hooks';

const KEY_STEP = 24;

/** Handlers for a handle that moves the sidebar up and down: drag with a pointer, or ArrowUp/ArrowDown. */
export function useDragToMove(top: number, onMove: (top: number) => void) {
  const drag = useRef<{ pointerId: number; offset: number } | null>(null);
  return {
    onPointerDown(event: PointerEvent) {
      drag.current = { pointerId: event.pointerId, offset: event.clientY - top };
      (event.currentTarget as Element).setPointerCapture?.(event.pointerId);
    },
    onPointerMove(event: PointerEvent) {
      if (drag.current?.pointerId !== event.pointerId) return;
      onMove(event.clientY - drag.current.offset);
    },
    onPointerUp() {
      drag.current = null;
    },
    onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
      event.preventDefault();
      onMove(top + (event.key === 'ArrowUp' ? -KEY_STEP : KEY_STEP));
    },
  };
}
