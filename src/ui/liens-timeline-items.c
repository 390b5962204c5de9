/* liens-timeline-items.c: the store's timeline as the list view is told of it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "liens-timeline-items.h"

/* Past this many items replaced at once, a change is told in two. */
#define MAX_REPLACED 256

/* GTK 4.8's list view, told that a range holding the row on screen was replaced, looks for
 * that row's item among every item added, one g_list_model_get_item() each: a new query on
 * a million encounters, or any change the store tells as a change of the whole list, would
 * read the million. Told as a removal then an insertion, it only reads the rows it shows,
 * back at the top of the new range; both come before the next frame.
 *
 * Smaller changes, such as an entry that moves a few places, are passed on as they are, so
 * that the list keeps its place. */
struct _LiensTimelineItems
{
  GObject parent_instance;

  GListModel *model;
  /* The number of items the listeners were told of. */
  guint n_items;
  /* Between the two halves of a change: the inserted range the listeners do not know of. */
  guint hidden_position;
  guint n_hidden;
};

static void liens_timeline_items_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LiensTimelineItems, liens_timeline_items, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      liens_timeline_items_model_iface_init))

static void
items_changed_cb (LiensTimelineItems *self,
                  guint               position,
                  guint               removed,
                  guint               added,
                  GListModel         *model)
{
  if (removed == 0 || added == 0 || MIN (removed, added) <= MAX_REPLACED)
    {
      self->n_items = g_list_model_get_n_items (model);
      g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
      return;
    }

  self->hidden_position = position;
  self->n_hidden = added;
  self->n_items = g_list_model_get_n_items (model) - added;
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, 0);

  self->n_hidden = 0;
  self->n_items = g_list_model_get_n_items (model);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, added);
}

static GType
liens_timeline_items_get_item_type (GListModel *model)
{
  LiensTimelineItems *self = LIENS_TIMELINE_ITEMS (model);

  return g_list_model_get_item_type (self->model);
}

static guint
liens_timeline_items_get_n_items (GListModel *model)
{
  return LIENS_TIMELINE_ITEMS (model)->n_items;
}

static gpointer
liens_timeline_items_get_item (GListModel *model,
                               guint       position)
{
  LiensTimelineItems *self = LIENS_TIMELINE_ITEMS (model);

  if (position >= self->n_items)
    return NULL;

  if (self->n_hidden > 0 && position >= self->hidden_position)
    position += self->n_hidden;

  return g_list_model_get_item (self->model, position);
}

static void
liens_timeline_items_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = liens_timeline_items_get_item_type;
  iface->get_n_items = liens_timeline_items_get_n_items;
  iface->get_item = liens_timeline_items_get_item;
}

static void
liens_timeline_items_dispose (GObject *object)
{
  LiensTimelineItems *self = LIENS_TIMELINE_ITEMS (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (liens_timeline_items_parent_class)->dispose (object);
}

static void
liens_timeline_items_class_init (LiensTimelineItemsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = liens_timeline_items_dispose;
}

static void
liens_timeline_items_init (LiensTimelineItems *self)
{
}

/**
 * liens_timeline_items_new:
 * @model: the list to pass on, such as liens_store_query_timeline() makes
 *
 * Returns: (transfer full): a list of the same items, telling large replacements in two
 */
LiensTimelineItems *
liens_timeline_items_new (GListModel *model)
{
  LiensTimelineItems *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);

  self = g_object_new (LIENS_TYPE_TIMELINE_ITEMS, NULL);
  self->model = g_object_ref (model);
  self->n_items = g_list_model_get_n_items (model);
  g_signal_connect_object (model, "items-changed", G_CALLBACK (items_changed_cb), self,
                           G_CONNECT_SWAPPED);

  return self;
}

/**
 * liens_timeline_items_get_model:
 * @self: a #LiensTimelineItems
 *
 * Returns: (transfer none): the list passed on
 */
GListModel *
liens_timeline_items_get_model (LiensTimelineItems *self)
{
  g_return_val_if_fail (LIENS_IS_TIMELINE_ITEMS (self), NULL);

  return self->model;
}
