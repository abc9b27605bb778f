import HTTPCore

/// Placeholder: the socket server replaces this file.
public enum ServerPlaceholder {}
