import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import FormatIndentDecreaseIcon from '@mui/icons-material/FormatIndentDecrease';
import FormatIndentIncreaseIcon from '@mui/icons-material/FormatIndentIncrease';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import { useTheme } from '@mui/material/styles';
import { useTranslate } from 'react-admin';
import type { Category } from '../schemas';
import { bilingualText } from '../common/uiLocale';
import { moveTarget, type Move, type TreeNode } from './tree';

const icons = {
  up: ArrowUpwardIcon,
  down: ArrowDownwardIcon,
  // In right-to-left the indent icons mirror, like the text they stand for.
  indent: FormatIndentIncreaseIcon,
  outdent: FormatIndentDecreaseIcon,
};

interface Props {
  tree: TreeNode[];
  category: Category;
  busy: boolean;
  onMove: (category: Category, move: Move) => void;
}

/** Keyboard-reachable buttons for every move (the tree has no drag and drop to learn). */
export const MoveButtons = ({ tree, category, busy, onMove }: Props) => {
  const translate = useTranslate();
  const name = bilingualText(category.name);
  const rtl = useTheme().direction === 'rtl';
  return (
    <>
      {(Object.keys(icons) as Move[]).map((move) => {
        const Icon = icons[move];
        const label = translate(`resources.categories.tree.${move}`, { name });
        const possible = moveTarget(tree, category, move) !== null;
        return (
          <Tooltip key={move} title={label}>
            <span>
              <IconButton
                size="small"
                aria-label={label}
                data-move={`${category.id}-${move}`}
                disabled={!possible || busy}
                onClick={() => onMove(category, move)}
              >
                <Icon fontSize="small" sx={rtl && move.endsWith('dent') ? { transform: 'scaleX(-1)' } : undefined} />
              </IconButton>
            </span>
          </Tooltip>
        );
      })}
    </>
  );
};
