// ESLint (flat config): TypeScript + Vue rules; `any` is an error (conventions §3.12).
import js from '@eslint/js';
import pluginVue from 'eslint-plugin-vue';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'src/api/schema.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
    // vue-tsc checks names (browser globals included), as typescript-eslint advises for TypeScript.
    rules: { 'no-undef': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      // Formatting is left to the editor; these stylistic template rules only add noise.
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
      // Pages are named by folder (views/staff/list.vue), as in the conventions' layout.
      'vue/multi-word-component-names': ['error', { ignores: ['list', 'index', 'detail'] }],
    },
  },
  {
    files: ['tools/**/*.mjs'],
    // Node build scripts (gen-divisions.mjs and its modules, gen-pwa-icons.mjs).
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly' } },
  },
  {
    files: ['e2e/**/*.mjs'],
    // Node scripts; the functions passed to page.evaluate() run in the browser.
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        document: 'readonly',
        window: 'readonly',
        localStorage: 'readonly',
        navigator: 'readonly',
        fetch: 'readonly',
        setTimeout: 'readonly',
        indexedDB: 'readonly',
        atob: 'readonly',
        createImageBitmap: 'readonly',
        Blob: 'readonly',
      },
    },
  },
);
