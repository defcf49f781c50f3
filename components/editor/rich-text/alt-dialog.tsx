'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Dialog, DialogActions } from '@/components/ui/dialog';
import { TextField } from '@/components/ui/field';
import { useCheckedInput } from '@/components/ui/use-checked-input';

export type AltRequest = { src: string; srcset?: string; sizes?: string; alt: string; mode: 'insert' | 'edit' };

/**
 * Asks for an image's description, with a preview: required, unless the image is marked
 * decorative (an empty alt). onDone(null) means cancelled.
 */
export function AltDialog({ request, onDone }: { request: AltRequest; onDone: (alt: string | null) => void }) {
  const t = useTranslations('editor');
  const alt = useCheckedInput(request.alt);
  const [decorative, setDecorative] = useState(false);
  const confirm = () => {
    if (decorative) onDone('');
    else if (alt.value.trim() === '') alt.fail(t('altRequired'));
    else onDone(alt.value.trim());
  };
  return (
    <Dialog title={t('imageDialogTitle')} onCancel={() => onDone(null)} initialFocus={alt.props.inputRef}>
      {/* eslint-disable-next-line @next/next/no-img-element -- a preview of an uploaded file, not a page image */}
      <img
        src={request.src}
        srcSet={request.srcset || undefined}
        sizes={request.srcset ? '32rem' : undefined}
        alt=""
        className="max-h-48 w-full rounded border border-slate-200 bg-slate-50 object-contain"
      />
      <TextField id="rte-alt-text" label={t('altLabel')} hint={t('altHelp')} disabled={decorative} onEnter={confirm} {...alt.props} />
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          checked={decorative}
          onChange={(event) => {
            setDecorative(event.target.checked);
            alt.clearError();
          }}
          className="mt-0.5 size-4"
        />
        {t('decorative')}
      </label>
      <DialogActions>
        <Button onClick={() => onDone(null)}>{t('cancel')}</Button>
        <Button variant="primary" onClick={confirm}>
          {t(request.mode === 'insert' ? 'insert' : 'save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
