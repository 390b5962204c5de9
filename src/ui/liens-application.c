/* placeholder */
#include "config.h"
#include "liens-application.h"
struct _LiensApplication { AdwApplication parent_instance; };
G_DEFINE_FINAL_TYPE (LiensApplication, liens_application, ADW_TYPE_APPLICATION)
static void liens_application_class_init (LiensApplicationClass *klass) { }
static void liens_application_init (LiensApplication *self) { }
LiensApplication *liens_application_new (void) { return g_object_new (LIENS_TYPE_APPLICATION, "application-id", APPLICATION_ID, NULL); }
