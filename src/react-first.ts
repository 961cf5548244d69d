// React and React DOM, run on their own before the rest of the app's code (see boot.ts). Their
// code is the largest part of the page's script; run together with the app's modules it made one
// task of about 250-300 ms at 4x CPU throttle, during which an early tap on the painted page had to
// wait. Apart, each task is about half as long, and the page can answer in between.
import 'react';
import 'react-dom/client';
