import '@testing-library/jest-dom/vitest';

// The app writes each page's address (src/app/use-address.ts): every test starts at `/`,
// not on the page the test before it left the address on.
beforeEach(() => {
  if (typeof window !== 'undefined') window.history.replaceState(null, '', '/');
});
