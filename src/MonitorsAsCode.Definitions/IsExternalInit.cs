#if NETSTANDARD2_0
namespace System.Runtime.CompilerServices;

// Lets records and init-only setters compile for netstandard2.0, which the analyzer targets.
internal static class IsExternalInit
{
}
#endif
