/* liens-test-utils.h: helpers shared by the widget tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "liens-application.h"
#include "liens-store.h"

G_BEGIN_DECLS

void        liens_test_init                (int          *argc,
                                            char       ***argv);
LiensApplication *liens_test_new_application (void);

char       *liens_test_make_temp_dir       (void);
void        liens_test_remove_temp_dir     (const char   *path);

void        liens_test_iterate             (void);
void        liens_test_wait_for_mapped     (GtkWidget    *widget);
void        liens_test_wait_for_frame      (GtkWidget    *widget);
void        liens_test_wait_for_animations (GtkWidget    *widget);
void        liens_test_destroy_window      (GtkWindow    *window);
void        liens_test_set_window_size     (GtkWindow    *window,
                                            int           width,
                                            int           height);

const char *liens_test_widget_get_text     (GtkWidget    *widget);
GtkWidget  *liens_test_find_widget         (GtkWidget    *root,
                                            GType         type,
                                            const char   *text);
char       *liens_test_dup_accessible_name (GtkWidget  *widget);
void        liens_test_assert_widgets_are_named (GtkWidget *root);
GPtrArray  *liens_test_find_all_widgets    (GtkWidget    *root,
                                            GType         type);

gboolean    liens_test_screenshot          (GtkWidget    *widget,
                                            const char   *name,
                                            GError      **error);

void        liens_test_add_sample_contacts (LiensStore   *store);
void        liens_test_add_sample_encounters (LiensStore *store);
void        liens_test_add_sample_events   (LiensStore   *store,
                                            gint64       *upcoming_id,
                                            gint64       *past_id);
LiensStore *liens_test_new_sample_store    (const char   *dir,
                                            gint64       *upcoming_id,
                                            gint64       *past_id);

/* The parsers of src/io, and their sample files in tests/data/import. */
typedef GPtrArray *(*LiensTestParseFunc) (const char  *data,
                                          gsize        length,
                                          GError     **error);

char       *liens_test_load_import_sample  (const char         *name,
                                            gsize              *length);
void        liens_test_assert_parse_error  (LiensTestParseFunc  parse,
                                            const char         *data,
                                            gsize               length,
                                            int                 code,
                                            const char         *fragment);
void        liens_test_assert_sample_error (LiensTestParseFunc  parse,
                                            const char         *name,
                                            int                 code,
                                            const char         *fragment);
double      liens_test_time_parse          (LiensTestParseFunc  parse,
                                            GString            *data,
                                            guint               expected,
                                            const char         *what);

/* Reading and writing a database file behind the store's back. */
gint64      liens_test_query_int           (const char   *path,
                                            const char   *sql);
void        liens_test_exec_sql            (const char   *path,
                                            const char   *sql);

G_END_DECLS
