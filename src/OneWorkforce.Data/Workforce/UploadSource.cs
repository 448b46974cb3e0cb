namespace OneWorkforce.Data.Workforce;

/// <summary>An uploaded file: its name, its size and a way to read it from the start (as many times as needed).</summary>
public sealed record UploadSource(string FileName, long Length, Func<Stream> Open)
{
    public static UploadSource FromFile(string path) => new(Path.GetFileName(path), new FileInfo(path).Length, () => File.OpenRead(path));

    public static UploadSource FromBytes(string fileName, byte[] bytes) => new(fileName, bytes.Length, () => new MemoryStream(bytes, writable: false));
}
