using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ConfBot.Core.Digests;

public static class DigestServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="DigestOptions"/> (bound to <see cref="DigestOptions.SectionName"/>, validated at start),
    /// <see cref="IDigestBuilder"/> and <see cref="IDigestRunner"/>. Needs the stores of <c>ConfBot.Core.State</c> (<c>AddStorage</c>), an
    /// <see cref="IDigestPublisher"/> and logging; the host calls the runner on a timer.
    /// </summary>
    public static IServiceCollection AddDigest(this IServiceCollection services)
    {
        services.AddOptions<DigestOptions>()
            .BindConfiguration(DigestOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IDigestBuilder, DigestBuilder>();
        services.TryAddSingleton<IDigestRunner, DigestRunner>();
        return services;
    }
}
