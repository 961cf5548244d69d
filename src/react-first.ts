// React and React DOM, run in their own task before the rest of the app's code (see boot.ts):
// theirs is the largest part of the page's script. Run together with the app's modules, it made one
// task of 230-330 ms at 4x CPU throttle, during which the painted page could not answer at all
// (not the Exit link, nor the language menu, nor show a tap as taken).
import 'react';
import 'react-dom/client';
