#pragma once
#include <adwaita.h>
G_BEGIN_DECLS
#define LIENS_TYPE_APPLICATION (liens_application_get_type ())
G_DECLARE_FINAL_TYPE (LiensApplication, liens_application, LIENS, APPLICATION, AdwApplication)
LiensApplication *liens_application_new (void);
G_END_DECLS
