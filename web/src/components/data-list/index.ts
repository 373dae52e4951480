import DataList from './src/data-list.vue';

export { DataList };
export default DataList;
export * from './src/data-list';
