export default {
  compilerOptions: {
    // No runtime-injected <style> tags: the CSP forbids inline styles.
    css: 'external',
  },
};
