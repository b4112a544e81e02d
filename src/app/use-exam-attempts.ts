import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import {
  type AttemptsState,
  attemptsStore,
  listenForAttempts,
  loadAttempts,
} from '../store/attempts-store.ts';

/**
 * The mock-exam attempts, read from storage when the page first shows them (so nothing
 * empty flashes first) and followed as other tabs add or reset them.
 */
export function useExamAttempts(): AttemptsState {
  useState(loadAttempts);
  useEffect(() => {
    loadAttempts();
    listenForAttempts();
  }, []);
  return useStore(attemptsStore);
}
