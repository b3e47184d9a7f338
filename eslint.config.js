import js from '@eslint/js'
import tseslint from 'typescript-eslint'

/** The core must stay usable with any framework, or none. */
const FRAMEWORKS = ['express', 'express4', 'koa', 'koa2', '@types/*', 'supertest']

export default tseslint.config(
  { ignores: ['dist/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: FRAMEWORKS.filter((name) => !name.includes('*')),
          patterns: [
            { group: ['@types/*', '../adapters/*'], message: 'The core imports no framework.' },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // supertest types response bodies as any; the assertions check their shape.
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  { files: ['eslint.config.js'], ...tseslint.configs.disableTypeChecked },
)
