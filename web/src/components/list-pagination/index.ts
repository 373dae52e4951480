import ListPagination from './src/list-pagination.vue';

export { ListPagination };
export default ListPagination;
export * from './src/list-pagination';
