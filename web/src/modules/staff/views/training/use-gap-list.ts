import { listTrainingGaps, type TrainingGap } from '@/modules/staff/training-api';
import { useUrlPagedList, withSort, type UrlPagedList } from '@/composables/use-list-query';
import { GAP_SORTS } from './data';

/** Training-gap list state: page in the URL, server-side pagination. */
export function useGapList(): UrlPagedList<TrainingGap, Record<string, string>> {
  return useUrlPagedList<TrainingGap, Record<string, string>>(
    (_filters, page, pageSize, sort) => listTrainingGaps(withSort({ page, pageSize }, sort), { silent: true }),
    { filters: {}, sorts: GAP_SORTS },
  );
}
