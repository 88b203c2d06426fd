import { render } from 'preact';

render(<main data-page="popup">Social Coach</main>, document.getElementById('root')!);
