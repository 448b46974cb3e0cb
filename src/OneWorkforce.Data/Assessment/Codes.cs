using System.Security.Cryptography;

namespace OneWorkforce.Data.Assessment;

/// <summary>Random codes and tokens for answering without an account.</summary>
public static class Codes
{
    /// <summary>Letters and digits that cannot be mistaken for each other when typed from paper (no I, O, 0 or 1).</summary>
    public const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>A code like <c>K7QM-4TXP</c>: 40 bits, for typing from a letter or a screen.</summary>
    public static string NewCode()
    {
        var raw = RandomNumberGenerator.GetString(Alphabet, 8);
        return $"{raw[..4]}-{raw[4..]}";
    }

    /// <summary>An address token of 26 characters (130 bits): never guessed.</summary>
    public static string NewToken() => RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyz234567", 26);

    /// <summary>A code as typed (any case, spaces or dashes anywhere) in its stored form, or null if it cannot be one.</summary>
    public static string? Normalise(string? typed)
    {
        var letters = new string((typed ?? "").Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        return letters.Length == 8 && letters.All(Alphabet.Contains) ? $"{letters[..4]}-{letters[4..]}" : null;
    }
}
