import ListError from './src/list-error.vue';

export { ListError };
export default ListError;
export * from './src/list-error';
