import type { Category, Platform } from '@/lib/coach/types';
import type { MessageKey } from '@/lib/i18n';

/** Message keys built from ids: key names may not hold '-', so it becomes '_'. */

export const platformKey = (platform: Platform) => `options_platform_${platform}` as MessageKey;

export const categoryKey = (category: Category) => `options_category_${category.replace(/-/g, '_')}` as MessageKey;
