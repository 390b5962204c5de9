# The two quick-start commands: `make run` and `make test`.
# Both install what is missing, configure once, build what changed.

BUILDDIR ?= build
MESON ?= meson

.PHONY: all deps build run test clean

all: build

deps:
	@./build-aux/install-deps.sh

$(BUILDDIR)/build.ninja:
	$(MESON) setup $(BUILDDIR)

build: deps $(BUILDDIR)/build.ninja
	@$(MESON) compile -C $(BUILDDIR)

# Runs the app from the build tree, with its schema and translations.
run: build
	GSETTINGS_SCHEMA_DIR=$(CURDIR)/$(BUILDDIR)/data \
	LIENS_LOCALEDIR=$(CURDIR)/$(BUILDDIR)/po \
	$(BUILDDIR)/src/liens $(ARGS)

# The whole suite, under a virtual X server and a private D-Bus session.
test: build
	dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24" \
	  $(MESON) test -C $(BUILDDIR) --print-errorlogs $(TESTARGS)

clean:
	rm -rf $(BUILDDIR)
