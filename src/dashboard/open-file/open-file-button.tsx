// "Mở tệp" in the dashboard header: the dialog, its worker and the builder load only when it is pressed.
import { lazy, Suspense, useState } from 'react';
import { createPortal } from 'react-dom';
import { useT } from '../../ui/use-t';

const OpenFileDialog = lazy(() => import('./open-file-dialog').then((module) => ({ default: module.OpenFileDialog })));

/** The band's "back to the live feed" gives the focus back here, where the local file came from. */
export const OPEN_FILE_BUTTON_ID = 'open-file-button';

export function OpenFileButton({ feedUrl }: { feedUrl: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button id={OPEN_FILE_BUTTON_ID} type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('openFile.button')}
      </button>
      {/* In the body, not in the header: the header's own styles for its labels and buttons are not the dialog's. */}
      {open
        ? createPortal(
            <Suspense fallback={null}>
              <OpenFileDialog feedUrl={feedUrl} onClose={() => setOpen(false)} />
            </Suspense>,
            document.body,
          )
        : null}
    </>
  );
}
