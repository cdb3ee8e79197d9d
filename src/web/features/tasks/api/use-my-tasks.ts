import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Task } from '../../../../shared/api';
import type { TaskContactBody } from '../../../../shared/follow-up-api';
import { getMyTasks, logTaskContact, markTaskDone, undoHomeContact, type MyTasks } from '../../../api/client';
import { useInvalidateAfterChange } from '../../../lib/invalidate';

const myTasksKey = ['me', 'tasks'] as const;

export function useMyTasks() {
  return useQuery({ queryKey: myTasksKey, queryFn: getMyTasks });
}

/** The task as the server returned it, in the list at once: its "Angre" button can take focus before the list is fetched again. */
function putTask(queryClient: QueryClient, task: Task) {
  queryClient.setQueryData<MyTasks>(myTasksKey, (old) => (old ? { tasks: old.tasks.map((t) => (t.id === task.id ? task : t)) } : old));
}

export function useMarkTaskDone() {
  const invalidate = useInvalidateAfterChange();
  return useMutation({
    mutationFn: markTaskDone,
    onSuccess: () => {
      // Not awaited: the caller's own onSuccess runs now, even if the refetch unmounts it.
      void invalidate();
    },
  });
}

/** "Contact home" is done by logging the contact: one click per outcome. */
export function useLogTaskContact() {
  const invalidate = useInvalidateAfterChange();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ taskId, body }: { taskId: string; body: TaskContactBody }) => logTaskContact(taskId, body),
    onSuccess: (logged) => {
      putTask(queryClient, logged.task);
      void invalidate();
    },
  });
}

/** "Angre": takes back the contact just logged. */
export function useUndoHomeContact() {
  const invalidate = useInvalidateAfterChange();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ contactId }: { contactId: string; taskId: string }) => undoHomeContact(contactId),
    onSuccess: (task) => {
      putTask(queryClient, task);
      void invalidate();
    },
  });
}
