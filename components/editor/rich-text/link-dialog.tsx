'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Dialog, DialogActions } from '@/components/ui/dialog';
import { TextField } from '@/components/ui/field';
import { useCheckedInput } from '@/components/ui/use-checked-input';
import { normalizeLinkInput } from '@/lib/editor/links';

export type LinkRequest = { href: string; editing: boolean; needsText: boolean };

/**
 * Adds or edits a link. The address is checked here with the rules lib/sanitize.ts applies
 * on save; with nothing selected it also asks for the text to show.
 */
export function LinkDialog({
  request,
  onApply,
  onRemove,
  onCancel,
}: {
  request: LinkRequest;
  onApply: (href: string, text: string) => void;
  onRemove: () => void;
  onCancel: () => void;
}) {
  const t = useTranslations('editor');
  const url = useCheckedInput(request.href);
  const [text, setText] = useState('');
  const apply = () => {
    const result = normalizeLinkInput(url.value);
    if (result.ok) onApply(result.href, text);
    else url.fail(t(result.reason === 'empty' ? 'linkEmpty' : 'linkNotAllowed'));
  };
  return (
    <Dialog title={t(request.editing ? 'linkEditTitle' : 'linkAddTitle')} onCancel={onCancel} initialFocus={url.props.inputRef}>
      <TextField id="rte-link-url" label={t('linkUrl')} hint={t('linkUrlHelp')} inputMode="url" autoComplete="off" spellCheck={false} onEnter={apply} {...url.props} />
      {request.needsText && (
        <TextField id="rte-link-text" label={t('linkText')} hint={t('linkTextHelp')} value={text} onChange={(event) => setText(event.target.value)} onEnter={apply} />
      )}
      <DialogActions>
        {request.editing && (
          <Button variant="danger" onClick={onRemove} className="mr-auto">
            {t('linkRemove')}
          </Button>
        )}
        <Button onClick={onCancel}>{t('cancel')}</Button>
        <Button variant="primary" onClick={apply}>
          {t('linkApply')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
