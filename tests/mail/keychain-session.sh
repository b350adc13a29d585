#!/bin/sh
# Runs a test program inside a private D-Bus session with an unlocked GNOME Keyring (the Secret Service), as on a
# signed-in Linux desktop. A throw-away HOME keeps the keyring file out of the user's own.
set -e
HOME="$(mktemp -d)"
export HOME
mkdir -p "$HOME/.local/share/keyrings" "$HOME/.cache"
unset XDG_RUNTIME_DIR
trap 'rm -rf "$HOME"' EXIT
# gnome-keyring-daemon creates the "login" collection only when unlocked with a non-empty password.
dbus-run-session -- sh -c 'printf keyring-for-tests | gnome-keyring-daemon --unlock --components=secrets \
    >/dev/null 2>&1 && exec "$@"' keychain-session "$@"
