public enum BaogaoShellPlaceholder {}
