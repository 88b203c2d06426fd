// The fixture editors' libraries without bundled types: the fixtures only call a few entry points.
declare module 'draft-js';
declare module 'react';
declare module 'react-dom';
declare module 'react-dom/client';
declare module 'react-textarea-autosize';
