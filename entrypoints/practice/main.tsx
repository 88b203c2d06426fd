import { render } from 'preact';

render(<main data-page="practice">Social Coach</main>, document.getElementById('root')!);
