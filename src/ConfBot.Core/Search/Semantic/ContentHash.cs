using System.Security.Cryptography;
using System.Text;

namespace ConfBot.Core.Search.Semantic;

/// <summary>Names a text by its content, so a vector is reused for the same text in any note, after any reload or restart.</summary>
internal static class ContentHash
{
    public static UInt128 Of(string text)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), digest);
        return new UInt128(BitConverter.ToUInt64(digest[..8]), BitConverter.ToUInt64(digest[8..16]));
    }
}
