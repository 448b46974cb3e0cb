namespace OneWorkforce.Testing;

/// <summary>Where the repository is, found from the test binaries by looking for OneWorkforce.sln.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "OneWorkforce.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("OneWorkforce.sln not found above " + AppContext.BaseDirectory);
    }
}
