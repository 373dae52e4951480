import DivisionCascader from './src/division-cascader.vue';

export { DivisionCascader };
export default DivisionCascader;
export * from './src/division-cascader';
