public enum BaogaoQueryPlaceholder {}
