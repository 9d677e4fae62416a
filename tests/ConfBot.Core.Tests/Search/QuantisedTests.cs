using ConfBot.Core.Search.Semantic;

namespace ConfBot.Core.Tests.Search;

/// <summary>Vectors stored a byte per value.</summary>
public sealed class QuantisedTests
{
    [Theory]
    [InlineData(new[] { 0.6f, -0.8f })]
    [InlineData(new[] { -0.28f, 0.96f })]
    [InlineData(new[] { -1f, 0f })]
    public void A_stored_vector_keeps_its_direction_whatever_the_sign_of_its_largest_value(float[] vector)
    {
        var rows = new Quantised(1, vector.Length);

        rows.Set(0, vector);

        Assert.Equal(1f, rows.Similarity(0, vector), precision: 2);
    }
}
