import type { Category, Platform } from '@/lib/coach/types';
import type { MessageKey } from '@/lib/i18n';
import type { MatrixColumn } from '@/lib/week/matrix';

/** Message keys built from ids: key names may not hold '-', so it becomes '_'. */

export const platformKey = (platform: Platform) => `options_platform_${platform}` as MessageKey;

export const categoryKey = (category: Category) => `options_category_${category.replace(/-/g, '_')}` as MessageKey;

export const columnKey = (column: MatrixColumn) => `matrix_column_${column}` as MessageKey;
