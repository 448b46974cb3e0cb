using System.Security.Cryptography;

namespace OneWorkforce.Core.Training;

/// <summary>The code printed on a certificate of attendance: twelve letters and digits without look-alikes (0/O, 1/I/L), in groups of four.</summary>
public static class CertificateCodes
{
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static string New()
    {
        var chars = new char[12];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }
        var code = new string(chars);
        return $"{code[..4]}-{code[4..8]}-{code[8..]}";
    }

    /// <summary>Tidies what someone typed (spaces, lower case, missing hyphens) into a code, or null if it cannot be one.</summary>
    public static string? Normalise(string? typed)
    {
        var letters = new string((typed ?? "").Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        return letters.Length == 12 ? $"{letters[..4]}-{letters[4..8]}-{letters[8..]}" : null;
    }
}
