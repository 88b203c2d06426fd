import { render } from 'preact';

render(<main data-page="options">Social Coach</main>, document.getElementById('root')!);
