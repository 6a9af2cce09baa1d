import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { getSettings, requestPersistence } from '../../storage/storage';
import type { DeviceSettings } from '../../storage/settings-repository';

export const deviceQueries = {
  settings: () =>
    queryOptions({
      queryKey: ['device-settings'],
      queryFn: () => getSettings().read(),
      networkMode: 'always',
    }),
  storage: () =>
    queryOptions({
      queryKey: ['device-storage'],
      queryFn: requestPersistence,
      networkMode: 'always',
    }),
};

export function useUpdateDeviceSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: Partial<DeviceSettings>) => getSettings().write(patch),
    networkMode: 'always',
    onSuccess: (settings) => queryClient.setQueryData(deviceQueries.settings().queryKey, settings),
  });
}
