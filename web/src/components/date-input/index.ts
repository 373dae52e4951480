import DateInput from './src/date-input.vue';

export { DateInput };
export default DateInput;
export * from './src/date-input';
