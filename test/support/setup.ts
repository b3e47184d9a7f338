// Loaded before any test: frameworks read NODE_ENV when an app is created (Express's
// final handler logs every error to stderr outside 'test').
process.env.NODE_ENV = 'test'
