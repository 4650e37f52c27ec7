import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import { useEditorState, type Editor } from '@tiptap/react';
import { Fragment } from 'react';
import { useTranslate } from 'react-admin';
import { ariaShortcut, shortcutLabel } from './shortcuts';
import { toolbarGroups, toolbarItems, type DialogKind } from './toolbarItems';
import { useRovingFocus } from './useRovingFocus';

type ToolbarState = { active: boolean[]; enabled: boolean[] };

/**
 * The formatting toolbar. It re-renders only when a button's pressed or enabled state
 * changes (useEditorState compares the selected values), not on every keystroke.
 * `controls` is the id of the text it formats: given, not read from `editor.view`, which
 * TipTap only has once the text is mounted, after the toolbar's first render.
 */
export const EditorToolbar = ({
  editor,
  controls,
  onOpen,
}: {
  editor: Editor;
  controls: string;
  onOpen: (d: DialogKind) => void;
}) => {
  const translate = useTranslate();
  const state = useEditorState<ToolbarState>({
    editor,
    selector: ({ editor: e }) => ({
      active: toolbarItems.map((item) => item.isActive?.(e) ?? false),
      enabled: toolbarItems.map((item) => e.isEditable && (item.canRun?.(e) ?? true)),
    }),
  });
  const roving = useRovingFocus(toolbarItems.length, (i) => state.enabled[i]);

  let index = -1;
  return (
    <Box
      role="toolbar"
      aria-label={translate('nd.editor.toolbar.label')}
      aria-controls={controls}
      onKeyDown={roving.onKeyDown}
      sx={{
        display: 'flex',
        flexWrap: 'wrap',
        alignItems: 'center',
        gap: 0.25,
        p: 0.5,
        borderBottom: 1,
        borderColor: 'divider',
      }}
    >
      {toolbarGroups.map((group, g) => (
        <Fragment key={g}>
          {g > 0 && <Divider orientation="vertical" flexItem sx={{ mx: 0.5 }} />}
          {group.map((item) => {
            index += 1;
            const name = translate(`nd.editor.toolbar.${item.key}`);
            const pressed = item.isActive ? state.active[index] : undefined;
            return (
              <Tooltip
                key={item.key}
                title={translate('nd.editor.toolbar.tooltip', {
                  name,
                  shortcut: shortcutLabel(item.shortcut),
                })}
              >
                {/* The span keeps the tooltip working on a disabled button. */}
                <span>
                  <IconButton
                    {...roving.itemProps(index)}
                    size="small"
                    aria-label={name}
                    aria-pressed={pressed}
                    aria-keyshortcuts={ariaShortcut(item.shortcut)}
                    disabled={!state.enabled[index]}
                    color={pressed ? 'primary' : 'default'}
                    // Keep the editor's selection when clicked with the mouse.
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => item.run(editor, onOpen)}
                  >
                    {item.icon}
                  </IconButton>
                </span>
              </Tooltip>
            );
          })}
        </Fragment>
      ))}
    </Box>
  );
};
