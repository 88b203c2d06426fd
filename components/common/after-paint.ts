/**
 * Runs `run` once just after the next frame has painted: a frame callback, then a task. By then the page's layout
 * is clean, so reading a box costs nothing; read in the frame callback itself, it would make the page lay out early.
 * Returns a cancel. Without frames (a test environment without them) the task alone waits.
 */
export function afterPaint(run: () => void): () => void {
  let frame: number | undefined;
  let task: ReturnType<typeof setTimeout> | undefined;
  const queueTask = () => {
    frame = undefined;
    task = setTimeout(run);
  };
  if (typeof requestAnimationFrame === 'function') frame = requestAnimationFrame(queueTask);
  else queueTask();
  return () => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    clearTimeout(task);
  };
}
