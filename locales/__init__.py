"""The gettext catalogs (Babel): a package, so that an installed copy ships them too."""
